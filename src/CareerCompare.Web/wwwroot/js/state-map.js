// Draws the map of pay by state (a choropleth) from the JSON beside its canvas; the table below it holds the same numbers.
// Nothing is fetched until the map comes near the screen: then Chart.js (through charts.js), the geo module (its address
// is in <template id="geo-library">) and the states' shapes (the canvas's data-atlas) are loaded, once.
// The toggle above the map (#state-pay-mode, hidden until this script runs) shows pay after prices (first) or as paid:
// the map's values, title and summary and the table's columns (its data-pay-mode, read by site.css) follow it.
(function () {
  'use strict';

  var canvas = document.querySelector('canvas[data-state-map]');
  var source = canvas && document.getElementById(canvas.getAttribute('data-state-map'));
  if (!source) {
    return;
  }
  var spec = JSON.parse(source.textContent);
  var mode = 'after-prices';
  var chart = null;

  function valueOf(state) {
    return mode === 'after-prices' ? state.afterPrices : state.value;
  }

  function showMode(chosen) {
    mode = chosen === 'as-paid' ? 'as-paid' : 'after-prices';
    var table = document.getElementById('state-table');
    if (table) {
      table.setAttribute('data-pay-mode', mode);
    }
    ['state-map-title', 'state-map-summary'].forEach(function (id) {
      var element = document.getElementById(id);
      if (element && element.hasAttribute('data-' + mode)) {
        element.textContent = element.getAttribute('data-' + mode);
      }
    });
    canvas.setAttribute('data-mode', mode);
    if (chart) {
      var dataset = chart.data.datasets[0];
      dataset.label = mode === 'after-prices' ? spec.afterPricesLabel : spec.label;
      dataset.data.forEach(function (point) { point.value = valueOf(point.state); });
      chart.update();
    }
  }

  var toggle = document.getElementById('state-pay-mode');
  if (toggle) {
    var checked = toggle.querySelector('input[type=radio]:checked');
    showMode(checked ? checked.value : mode);
    toggle.hidden = false;
    toggle.addEventListener('change', function (event) {
      if (event.target.name === 'state-pay-mode') {
        showMode(event.target.value);
      }
    });
  }
  if (!window.CareerCompareCharts) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 575.98px)').matches;
  canvas.parentElement.style.height = (narrow ? 280 : 440) + 'px';

  var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  var cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
  function format(value) {
    return spec.unit === 'hourly' ? cents.format(value / 100) : money.format(value);
  }

  // From a light blue that stands apart from the page's white to a dark one: the lowest means stay visible.
  function blues(t) {
    var from = [189, 215, 238];
    var to = [8, 48, 107];
    return 'rgb(' + from.map(function (c, i) { return Math.round(c + (to[i] - c) * t); }).join(',') + ')';
  }

  function script(src, then) {
    var element = document.createElement('script');
    element.src = src;
    element.onload = then;
    document.body.appendChild(element);
  }

  function draw(atlas) {
    var geo = window.ChartGeo;
    Chart.register(geo.ChoroplethController, geo.GeoFeature, geo.ColorScale, geo.ProjectionScale);
    var byFips = {};
    spec.states.forEach(function (s) { byFips[s.fips] = s; });
    // Only the states and DC that have a price parity are drawn: the territories are in the table.
    var shapes = geo.topojson.feature(atlas, atlas.objects.states).features.filter(function (f) { return byFips[f.id]; });
    var nation = geo.topojson.feature(atlas, atlas.objects.nation).features[0];
    chart = new Chart(canvas, {
      type: 'choropleth',
      data: {
        labels: shapes.map(function (f) { return byFips[f.id].name; }),
        datasets: [{
          label: mode === 'after-prices' ? spec.afterPricesLabel : spec.label,
          outline: nation,
          showOutline: true,
          borderColor: '#ffffff',
          borderWidth: 0.75,
          data: shapes.map(function (f) { return { feature: f, state: byFips[f.id], value: valueOf(byFips[f.id]) }; })
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (context) {
                var state = byFips[context.raw.feature.id];
                var value = valueOf(state);
                return state.name + ': ' + (value === null ? 'not published' : format(value) + (state.topCoded ? ' or more' : ''));
              }
            }
          }
        },
        scales: {
          projection: { axis: 'x', projection: 'albersUsa' },
          color: {
            axis: 'x',
            interpolate: blues,
            missing: '#e0e0e0',
            quantize: 5,
            legend: { position: 'bottom-right', align: 'left', length: narrow ? 90 : 140 },
            ticks: { callback: function (value) { return format(value); } }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  function load() {
    var template = document.getElementById('geo-library');
    var geoSource = template && template.content.querySelector('script');
    if (!geoSource) {
      return;
    }
    window.CareerCompareCharts.withLibrary(function () {
      script(geoSource.getAttribute('src'), function () {
        fetch(canvas.getAttribute('data-atlas'))
          .then(function (response) { return response.json(); })
          .then(draw);
      });
    });
  }

  if (!('IntersectionObserver' in window)) {
    load();
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) {
      observer.disconnect();
      load();
    }
  }, { rootMargin: '200px 0px' });
  observer.observe(canvas);
})();
