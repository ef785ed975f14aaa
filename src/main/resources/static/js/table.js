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
          // a region's units opened under it are taken out, the regions sorted, and put back under their region
          var opened = [];
          body.querySelectorAll('form.units-open').forEach(function (form) {
            var units = Array.prototype.slice.call(
              body.querySelectorAll('tr.unit-of-' + form.querySelector('input[name=region]').value));
            if (units.length) {
              units.forEach(function (r) { r.remove(); });
              opened.push({ row: form.closest('tr'), units: units });
            }
          });
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column], y = b.cells[column];
            var nx = x.dataset.value, ny = y.dataset.value;
            var order = (nx !== undefined && ny !== undefined && nx !== '' && ny !== '')
              ? Number(nx) - Number(ny) : x.textContent.localeCompare(y.textContent, document.documentElement.lang);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
          opened.forEach(function (o) { insertAfter(o.row, o.units); });
        });
      });
    });
  }
  // A region's row opens to its units: the same report is asked for the region (by unit), followed until written,
  // and its rows, read back from that file, are put under the region's row; pressed again, they close.
  function unitsOpen(root) {
    root.querySelectorAll('form.units-open').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var button = form.querySelector('button');
        var row = form.closest('tr');
        // the region's code names its units' rows: rows opened above it move it, not its name
        var mark = 'unit-of-' + form.querySelector('input[name=region]').value;
        var opened = row.parentNode.querySelectorAll('tr.' + mark);
        if (opened.length) {
          opened.forEach(function (r) { r.remove(); });
          button.setAttribute('aria-expanded', 'false');
          return;
        }
        if (form.unitRows) {
          // opened before on this page: its rows again, without asking for the export a second time
          insertAfter(row, form.unitRows.map(function (r) { return r.cloneNode(true); }));
          button.setAttribute('aria-expanded', 'true');
          return;
        }
        var label = button.textContent;
        button.textContent = form.dataset.loading;
        button.disabled = true;
        fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
          .then(function (response) { return follow(response.url.replace(/\/?$/, '')); })
          .then(function (tableUrl) { return fetch(tableUrl, { credentials: 'same-origin' }); })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            var units = Array.prototype.slice.call(new DOMParser().parseFromString(html, 'text/html')
              .querySelectorAll('#on-page-table tbody tr'));
            units.forEach(function (unit) {
              unit.classList.add('unit-row', mark);
              var cell = document.createElement('td');
              cell.className = 'units-cell';
              unit.appendChild(cell);
            });
            form.unitRows = units.map(function (r) { return r.cloneNode(true); });
            insertAfter(row, units);
            button.setAttribute('aria-expanded', 'true');
          })
          .catch(function () {
            // the export was refused or failed: the form's own page says why
            form.submit();
          })
          .finally(function () {
            button.textContent = label;
            button.disabled = false;
          });
      });
    });
  }

  function insertAfter(row, rows) {
    var after = row;
    rows.forEach(function (r) {
      after.parentNode.insertBefore(r, after.nextSibling);
      after = r;
    });
  }

  // the export at `page` (its page's address) once written: the address of its table
  function follow(page) {
    return fetch(page + '/status', { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.status === 'READY') {
          return page + '/table';
        }
        if (state.status === 'FAILED') {
          throw new Error(state.failure);
        }
        return new Promise(function (wait) { window.setTimeout(wait, 500); })
          .then(function () { return follow(page); });
      });
  }

  window.legalstatSortable = function (root) {
    sortable(root);
    unitsOpen(root);
  };
  document.addEventListener('DOMContentLoaded', function () { window.legalstatSortable(document); });
})();
