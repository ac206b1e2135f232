// Draws every chart on the page. Each <canvas data-chart="ID"> reads its numbers from the
// <script type="application/json" id="ID"> block beside it; the same numbers are in the table below it.
// Chart.js itself is fetched when the first chart comes near the screen (its address is in <template id="chart-library">).
(function () {
  'use strict';

  // Colours with strong contrast that stay apart for the common forms of colour blindness;
  // the legend, the point style and the table say the same thing without colour.
  var palette = ['#1b5e9e', '#c85a00', '#2e7d32', '#7b1fa2'];
  var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  var cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });

  function format(unit, value) {
    if (value === null || value === undefined) {
      return 'unknown';
    }
    if (Array.isArray(value)) {
      return format(unit, value[0]) + ' – ' + format(unit, value[1]);
    }
    if (unit === 'money') {
      return money.format(value);
    }
    if (unit === 'hourly') {
      return cents.format(value / 100);
    }
    return unit === 'score' ? value.toLocaleString('en-US') : value.toLocaleString('en-US') + '%';
  }

  // A line per occupation over the years: each its colour and its own point shape; a year its code lacks is a gap.
  var shapes = ['circle', 'rect', 'triangle', 'rectRot'];

  function dataset(spec, d, index) {
    var colour = palette[index % palette.length];
    if (d.kind === 'line') {
      return {
        type: 'line', label: d.label, data: d.data, order: 0, spanGaps: false, borderWidth: 2,
        borderColor: colour, backgroundColor: colour, pointStyle: shapes[index % shapes.length], pointRadius: 4
      };
    }
    var ranges = spec.datasets.filter(function (x) { return x.kind === 'range'; });
    if (d.kind === 'point') {
      return {
        type: 'line', label: d.label, data: d.data, showLine: false, order: 0,
        pointStyle: 'rectRot', pointRadius: 8, pointHoverRadius: 9,
        borderColor: '#000000', backgroundColor: '#ffd23f', borderWidth: 2
      };
    }
    if (d.kind === 'range' && ranges.length > 1) {
      // Several ranges of one occupation (10th–90th and 25th–75th percentile) are drawn inside each other.
      var inner = ranges.indexOf(d) > 0;
      return {
        type: 'bar', label: d.label, data: d.data, order: inner ? 1 : 2, grouped: false,
        barPercentage: inner ? 0.45 : 0.8, categoryPercentage: 0.9,
        backgroundColor: inner ? '#0b3d6e' : '#8fb3d9', borderColor: '#0b3d6e', borderWidth: 1, borderSkipped: false
      };
    }
    return {
      type: 'bar', label: d.label, data: d.data, order: 1,
      backgroundColor: colour, borderColor: colour, borderWidth: 1, borderSkipped: false
    };
  }

  // On a narrow screen long occupation names are broken into lines, so every bar keeps its name.
  var narrow = window.matchMedia('(max-width: 575.98px)').matches;
  function wrap(label) {
    if (!narrow || typeof label !== 'string' || label.length <= 16) {
      return label;
    }
    var lines = [];
    label.split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= 16) {
        lines[last] += ' ' + word;
      } else {
        lines.push(word);
      }
    });
    return lines;
  }

  function specOf(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    return source ? JSON.parse(source.textContent) : null;
  }

  // Every chart's box gets its height at once (nothing moves later); each chart is drawn when it comes near the
  // screen, so a page with several charts does not draw them all before it can be used.
  function size(canvas, spec) {
    if (spec.datasets.every(function (d) { return d.kind === 'line'; })) {
      canvas.parentElement.style.height = (narrow ? 260 : 300) + 'px';
      return;
    }
    var ranges = spec.datasets.filter(function (d) { return d.kind === 'range'; }).length;
    var bars = ranges > 1 ? 1 : spec.datasets.filter(function (d) { return d.kind !== 'point'; }).length;
    var rows = spec.labels.length * (spec.stacked ? 1 : Math.max(1, bars));
    canvas.parentElement.style.height = Math.max(160, 70 + rows * (narrow ? 44 : 28)) + 'px';
  }

  function draw(canvas, spec) {
    // A scale with ends of its own (O*NET's importance, 1 to 5; shares of a whole, 0 to 100%) is drawn from end to end.
    var valueAxis = {
      beginAtZero: spec.min === undefined && spec.unit !== 'money' && spec.unit !== 'hourly',
      min: spec.min, max: spec.max, stacked: !!spec.stacked,
      ticks: { callback: function (value) { return format(spec.unit, value); } }
    };
    // Every category keeps its label: Chart.js would otherwise skip some when they crowd a small screen.
    var labelAxis = { stacked: !!spec.stacked, ticks: { autoSkip: false } };

    new Chart(canvas, {
      data: { labels: spec.labels.map(wrap), datasets: spec.datasets.map(function (d, i) { return dataset(spec, d, i); }) },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { y: valueAxis, x: labelAxis },
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
  }

  var charts = [];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var spec = specOf(canvas);
    if (spec) {
      size(canvas, spec);
      charts.push({ canvas: canvas, spec: spec });
    }
  });

  // Loads Chart.js once, then runs each waiting drawing. Without it (blocked, offline) the tables still say it all.
  var waiting = [];
  var loading = false;
  function withLibrary(then) {
    if (typeof Chart !== 'undefined') {
      then();
      return;
    }
    waiting.push(then);
    var template = document.getElementById('chart-library');
    var source = template && template.content.querySelector('script');
    if (loading || !source) {
      return;
    }
    loading = true;
    var script = document.createElement('script');
    script.src = source.getAttribute('src');
    script.onload = function () {
      waiting.splice(0).forEach(function (run) { run(); });
    };
    document.body.appendChild(script);
  }

  // The state map (state-map.js) draws with Chart.js too: it asks for it here, so the library is fetched once.
  window.CareerCompareCharts = { withLibrary: withLibrary };

  if (charts.length === 0) {
    return;
  }

  if (!('IntersectionObserver' in window)) {
    withLibrary(function () { charts.forEach(function (c) { draw(c.canvas, c.spec); }); });
    return;
  }

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) {
        return;
      }
      observer.unobserve(entry.target);
      var chart = charts.filter(function (c) { return c.canvas === entry.target; })[0];
      withLibrary(function () { draw(chart.canvas, chart.spec); });
    });
  }, { rootMargin: '200px 0px' });
  charts.forEach(function (c) { observer.observe(c.canvas); });
})();
