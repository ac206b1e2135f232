// Over each comparison table wider than its box: how many occupations are in view ("1 of 4 occupations shown: swipe
// sideways for more"), kept up to date as the table scrolls or the window changes, and hidden when all are.
(() => {
  'use strict';

  const update = (box, cue) => {
    const columns = Array.from(box.querySelectorAll('thead th[data-occupation]'));
    const label = box.querySelector('thead th:first-child');
    // The label column stays in place (position: sticky) and covers the columns that pass under it.
    const left = Math.max(box.getBoundingClientRect().left, label ? label.getBoundingClientRect().right : 0);
    const right = box.getBoundingClientRect().right;
    const inView = columns.filter(th => {
      const r = th.getBoundingClientRect();
      return Math.min(r.right, right) - Math.max(r.left, left) >= r.width * 0.9;
    }).length;
    if (inView >= columns.length) {
      cue.hidden = true;
      return;
    }

    cue.textContent = `${inView} of ${columns.length} occupations shown: swipe sideways for more`;
    cue.hidden = false;
  };

  const pairs = Array.from(document.querySelectorAll('.scroll-cue[data-cue-for]'))
    .map(cue => ({ cue, box: document.getElementById(cue.dataset.cueFor)?.closest('.compare-scroll') }))
    .filter(p => p.box);
  const all = () => pairs.forEach(p => update(p.box, p.cue));
  pairs.forEach(p => p.box.addEventListener('scroll', () => update(p.box, p.cue), { passive: true }));
  window.addEventListener('resize', all);
  all();
})();
