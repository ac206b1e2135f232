// Makes every <table class="sortable"> sortable by any column: each column heading becomes a button; a second press
// reverses the order. Numbers sort by the cell's data-sort value (cells without one go last), highest first on the first
// press (the question is usually "where does it pay most?"); other columns by their text, A to Z first.
// aria-sort on the heading says the order to screen readers.
(function () {
  'use strict';

  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var body = table.tBodies[0];
    headings.forEach(function (heading, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = heading.textContent;
      heading.textContent = '';
      heading.appendChild(button);
      button.addEventListener('click', function () {
        var text = heading.getAttribute('data-sort-type') === 'text';
        var current = heading.getAttribute('aria-sort');
        var ascending = current ? current !== 'ascending' : text;
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column];
          var y = b.cells[column];
          if (text) {
            return (ascending ? 1 : -1) * x.textContent.trim().localeCompare(y.textContent.trim(), 'en');
          }
          var p = x.getAttribute('data-sort');
          var q = y.getAttribute('data-sort');
          if (!p || !q) {
            return p ? -1 : q ? 1 : 0;
          }
          return (ascending ? 1 : -1) * (parseFloat(p) - parseFloat(q));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      });
    });
  });
})();
