// The export page follows its export without reloading: it asks the page's own JSON (/exports/{id}/status) every
// second, shows the rows written and the percentage, and starts the download once the file is ready.
(function () {
  'use strict';
  // thousands set apart by a no-break space, as the server writes them in both languages (a browser without Kazakh
  // data would write «2,239», which reads as a fraction)
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  }
  var box = document.getElementById('export-status');
  if (!box || box.dataset.finished === 'true') {
    return;
  }
  var text = box.querySelector('.status-text');
  var rows = box.querySelector('.status-rows');
  var bar = document.getElementById('export-progress');
  var download = document.getElementById('download');
  var failed = document.getElementById('export-failed');
  var words = box.dataset;
  var readingSince = null;

  function show(state) {
    text.textContent = words['status' + state.status];
    box.className = 'status ' + state.status;
    if (state.status === 'RUNNING' && state.percent < 0 && state.rowsWritten === 0) {
      // the report's queries still run (PostgreSQL tells no progress of a query): how long they have been read
      readingSince = readingSince || Date.now();
      rows.textContent = words.readingFor.replace('{0}', Math.round((Date.now() - readingSince) / 1000));
    } else if (state.status === 'RUNNING' || state.status === 'READY') {
      rows.textContent = state.percent >= 0
          ? words.rowsPercent.replace('{0}', grouped(state.rowsWritten)).replace('{1}', state.percent)
          : words.rows.replace('{0}', grouped(state.rowsWritten));
    }
    if (state.percent >= 0) {
      bar.hidden = false;
      bar.value = state.percent;
      bar.textContent = state.percent + ' %';
    }
  }

  // the report's table, read back from the file, shown below once it is written
  function showTable() {
    var slot = document.getElementById('table-slot');
    fetch(slot.dataset.url, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        slot.innerHTML = html;
        if (window.legalstatSortable) {
          window.legalstatSortable(slot);
        }
      });
  }

  function poll() {
    fetch(words.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (response.redirected || !response.ok) {
          // signed out meanwhile: the page itself says so, and how to sign in again
          window.location.reload();
          return null;
        }
        return response.json();
      })
      .then(function (state) {
        if (!state) {
          return;
        }
        show(state);
        if (state.status === 'READY') {
          download.hidden = false;
          download.focus();
          window.location.assign(download.href);
          showTable();
        } else if (state.status === 'FAILED') {
          failed.hidden = false;
          failed.textContent = words.failed.replace('{0}', state.failure || '');
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }

  window.setTimeout(poll, 500);
})();
