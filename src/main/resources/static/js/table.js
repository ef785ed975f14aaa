// Sorts a table of a report on the page by a column when its heading's button is pressed (again: the other way).
// Numbers sort by their value, texts as words; the total stays at the bottom, in its own tfoot.
(function () {
  'use strict';
  function sortable(root) {
    root.querySelectorAll('table.sortable').forEach(function (table) {
      table.querySelectorAll('button.sort').forEach(function (button) {
        button.addEventListener('click', function () {
          var column = Number(button.dataset.column);
          var th = button.parentElement;
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          table.querySelectorAll('thead th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column], y = b.cells[column];
            var nx = x.dataset.value, ny = y.dataset.value;
            var order = (nx !== undefined && ny !== undefined && nx !== '' && ny !== '')
              ? Number(nx) - Number(ny) : x.textContent.localeCompare(y.textContent, document.documentElement.lang);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }
  window.legalstatSortable = sortable;
  document.addEventListener('DOMContentLoaded', function () { sortable(document); });
})();
