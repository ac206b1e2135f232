// Suggestions as you type, for every <input data-suggest="go|pick" data-suggest-url="...">, following the
// WAI-ARIA combobox pattern: arrows move through the list, Enter chooses, Escape closes.
// "go" opens the chosen occupation's profile; "pick" puts its title in the box (the comparison picker).
(function () {
  'use strict';

  var count = 0;

  function setup(input) {
    var mode = input.getAttribute('data-suggest');
    var url = input.getAttribute('data-suggest-url');
    if (!url) {
      return;
    }

    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggest-list list-group shadow';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    // Light even inside the dark navigation bar, where the grey "also called" text would lose its contrast.
    list.setAttribute('data-bs-theme', 'light');
    list.hidden = true;

    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');

    var holder = input.parentElement;
    holder.classList.add('suggest-holder');
    holder.appendChild(list);
    holder.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');

    var items = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role=option]');
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        option.classList.toggle('active', i === index);
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) {
        return;
      }
      if (mode === 'go') {
        window.location.assign(item.url);
        return;
      }
      input.value = item.title;
      // An answer still on its way (a slow first search) must not open the list again over the choice.
      clearTimeout(timer);
      latest++;
      close();
    }

    function render(found, highlightFirst) {
      items = found;
      list.textContent = '';
      found.forEach(function (item, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.className = 'list-group-item list-group-item-action';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = item.title;
        if (item.alsoCalled) {
          var also = document.createElement('span');
          also.className = 'suggest-also';
          also.textContent = ' (also called ' + item.alsoCalled + ')';
          option.appendChild(also);
        }
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(option);
      });
      status.textContent = found.length === 0 ? 'No suggestions' : found.length + (found.length === 1 ? ' suggestion' : ' suggestions');
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length === 0 ? 'false' : 'true');
      active = -1;
      if (highlightFirst && found.length > 0) {
        highlight(0);
      }
    }

    function lookUp(highlightFirst) {
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      var ticket = ++latest;
      fetch(url + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (ticket === latest && document.activeElement === input) {
            render(found, highlightFirst === true);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 120);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!open) {
          clearTimeout(timer);
          lookUp(true);
          return;
        }
        highlight(active < items.length - 1 ? active + 1 : 0);
      } else if (event.key === 'ArrowUp') {
        if (open) {
          event.preventDefault();
          highlight(active > 0 ? active - 1 : items.length - 1);
        }
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === 'Escape') {
        if (open) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    count++;
    if (!input.id) {
      input.id = 'suggest-' + count;
    }
    setup(input);
  });
})();
