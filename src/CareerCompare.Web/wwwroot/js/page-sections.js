// Opens a section's details wherever a visitor asks for it: a link to its anchor (the "On this page" guide, a link in
// the text, an address with #outlook, a later change of the address's #…), and printing. The sections are native
// <details>, so the keyboard (Enter or Space on the summary) and screen readers (expanded, collapsed) need nothing here.
(function () {
  'use strict';

  var guide = document.getElementById('guide-menu');
  // Where the guide stands beside the sections (page-frame.css): a comparison's tables need the width up to 1400 px.
  var wide = window.matchMedia(guide && guide.closest('.page-frame-wide') ? '(min-width: 1400px)' : '(min-width: 992px)');

  // Opens the section an anchor names and every disclosure around the element it names; returns that element.
  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target) {
      return null;
    }
    var own = target.matches('section.page-section') ? target.querySelector(':scope > details.section-details') : null;
    if (own) {
      own.open = true;
    }
    for (var d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
      d.open = true;
    }
    return target;
  }

  function idOf(hash) {
    try {
      return decodeURIComponent((hash || '').replace(/^#/, ''));
    } catch (e) {
      return '';
    }
  }

  // Brings the named element into view once its section is open, and puts the keyboard on that section's summary so the
  // next Tab goes into what was opened (and Enter closes it again).
  function show(target, focus) {
    var section = target.closest('section.page-section');
    // A section whose anchor is an element inside it (the list of tasks) is shown from its heading.
    (section && section.dataset.anchor === target.id ? section : target).scrollIntoView({ block: 'start' });
    var summary = section && section.querySelector(':scope > details.section-details > summary');
    if (focus && summary) {
      summary.focus({ preventScroll: true });
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var target = reveal(idOf(link.getAttribute('href')));
    if (!target) {
      return;
    }
    if (guide && link.closest('#guide-menu') && !wide.matches) {
      guide.open = false;
    }
    // The address changes as usual (the back button returns); the section is open before the browser scrolls to it.
    window.requestAnimationFrame(function () { show(target, !!link.closest('#guide-menu')); });
  });

  window.addEventListener('hashchange', function () {
    var target = reveal(idOf(location.hash));
    if (target) {
      show(target, false);
    }
  });

  if (location.hash) {
    var first = reveal(idOf(location.hash));
    if (first) {
      show(first, false);
    }
  }

  // The guide is a list beside the sections on a wide screen and a menu to open on a phone.
  // There its summary is the list's title, not a control: out of the Tab order, and the list stays open.
  function fit() {
    if (guide) {
      guide.open = wide.matches;
      guide.querySelector('summary').tabIndex = wide.matches ? -1 : 0;
    }
  }
  fit();
  wide.addEventListener('change', fit);
  if (guide) {
    guide.addEventListener('toggle', function () {
      if (wide.matches && !guide.open) {
        guide.open = true;
      }
    });
  }

  // Printing shows every section (site.css does the same for print previews without these events).
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.section-details:not([open]), details.table-legend-details:not([open])').forEach(function (d) {
      d.open = true;
      openedForPrint.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });
})();
