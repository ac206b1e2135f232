// Draws every chart on the page. Each <canvas data-chart="ID"> reads its numbers from the
// <script type="application/json" id="ID"> block beside it; the same numbers are in the table below it.
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  // Colours with strong contrast that stay apart for the common forms of colour blindness;
  // the legend, the point style and the table say the same thing without colour.
  var palette = ['#1b5e9e', '#c85a00', '#2e7d32', '#7b1fa2'];
  var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

  function format(unit, value) {
    if (value === null || value === undefined) {
      return 'unknown';
    }
    if (Array.isArray(value)) {
      return format(unit, value[0]) + ' – ' + format(unit, value[1]);
    }
    return unit === 'money' ? money.format(value) : value.toLocaleString('en-US') + '%';
  }

  function dataset(spec, d, index) {
    var colour = palette[index % palette.length];
    if (d.kind === 'point') {
      return {
        type: 'line', label: d.label, data: d.data, showLine: false, order: 0,
        pointStyle: 'rectRot', pointRadius: 8, pointHoverRadius: 9,
        borderColor: '#000000', backgroundColor: '#ffd23f', borderWidth: 2
      };
    }
    return {
      type: 'bar', label: d.label, data: d.data, order: 1,
      backgroundColor: colour, borderColor: colour, borderWidth: 1, borderSkipped: false
    };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var bars = spec.datasets.filter(function (d) { return d.kind !== 'point'; }).length;
    var rows = spec.labels.length * Math.max(1, bars);
    canvas.parentElement.style.height = Math.max(160, 70 + rows * 28) + 'px';

    var valueAxis = {
      beginAtZero: spec.unit !== 'money',
      ticks: { callback: function (value) { return format(spec.unit, value); } }
    };

    new Chart(canvas, {
      data: { labels: spec.labels, datasets: spec.datasets.map(function (d, i) { return dataset(spec, d, i); }) },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: spec.horizontal ? { x: valueAxis } : { y: valueAxis },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + format(spec.unit, context.raw);
              }
            }
          }
        }
      }
    });
  });
})();
