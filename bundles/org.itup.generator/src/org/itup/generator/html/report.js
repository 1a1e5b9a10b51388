(function () {
  'use strict';
  var diagrams = Array.prototype.slice.call(document.querySelectorAll('svg.chain-diagram'));
  var controls = document.getElementById('diagram-controls');
  var status = document.getElementById('chain-status');
  var sectorFilter = document.getElementById('sector-filter');
  var showSecondary = document.getElementById('show-secondary');
  var findCode = document.getElementById('find-code');
  var selected = null;

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  function clearHighlight() {
    selected = null;
    diagrams.forEach(function (svg) {
      svg.classList.remove('has-selection');
      each(svg, '.in-chain, .selected', function (element) { element.classList.remove('in-chain', 'selected'); });
    });
    status.textContent = '';
  }

  function highlight(node) {
    clearHighlight();
    selected = node.getAttribute('data-key');
    var chain = new Set((node.getAttribute('data-chain') || '').split(' '));
    diagrams.forEach(function (svg) {
      svg.classList.add('has-selection');
      each(svg, 'a.node', function (other) {
        var key = other.getAttribute('data-key');
        other.classList.toggle('in-chain', chain.has(key));
        other.classList.toggle('selected', key === selected);
      });
      each(svg, 'path.link', function (link) {
        link.classList.toggle('in-chain', chain.has(link.getAttribute('data-from')) && chain.has(link.getAttribute('data-to')));
      });
    });
    var linked = chain.size - 1;
    status.textContent = node.getAttribute('data-text') + ' \u2014 ' + linked +
      (linked === 1 ? ' linked element' : ' linked elements') + ' highlighted. Activate it again to open its section.';
  }

  function filterSectors() {
    var sector = sectorFilter.value;
    diagrams.forEach(function (svg) {
      var hidden = new Set();
      each(svg, 'a.node', function (node) {
        var own = node.getAttribute('data-sector');
        var hide = sector !== '' && own !== '' && own !== sector;
        node.classList.toggle('filtered-out', hide);
        // a dimmed box keeps its place, so the layout has no holes; the keyboard passes it by
        if (hide) { node.setAttribute('tabindex', '-1'); } else { node.removeAttribute('tabindex'); }
        if (hide) { hidden.add(node.getAttribute('data-key')); }
      });
      each(svg, 'path.link', function (link) {
        link.classList.toggle('filtered-out', hidden.has(link.getAttribute('data-from')) || hidden.has(link.getAttribute('data-to')));
      });
    });
  }

  function find(event) {
    event.preventDefault();
    var code = findCode.value.trim().toLowerCase();
    var found = null;
    diagrams.some(function (svg) {
      each(svg, 'a.node', function (node) {
        if (!found && node.getAttribute('data-code').toLowerCase() === code && !node.classList.contains('filtered-out')) { found = node; }
      });
      return found !== null;
    });
    if (!found) {
      status.textContent = 'No element with code "' + findCode.value.trim() + '" is shown.';
      return;
    }
    var folded = found.closest('details');
    if (folded) { folded.open = true; }
    highlight(found);
    found.focus();
    found.scrollIntoView({ block: 'center', inline: 'center' });
  }

  // a printout shows every diagram, folded or not
  window.addEventListener('beforeprint', function () {
    each(document, 'details', function (details) { details.open = true; });
  });
  // the full text of a focused box, which may show its title cut short, until a box is selected
  document.addEventListener('focusin', function (event) {
    var node = event.target.closest ? event.target.closest('a.node') : null;
    if (node && selected === null) { status.textContent = node.getAttribute('data-text'); }
  });
  document.addEventListener('click', function (event) {
    var node = event.target.closest ? event.target.closest('a.node') : null;
    if (node && node.getAttribute('data-key') !== selected) {
      event.preventDefault();
      highlight(node);
    }
  });
  // A viewer per diagram: zoom in and out, fit to the window, and pan by scrolling its box; by buttons, by the keys
  // + - 0 (fit) and 1 (full size) while the box has the focus, by Ctrl and the mouse wheel.
  function viewer(figure) {
    var box = figure.querySelector('.scroll');
    var svg = box.querySelector('svg.chain-diagram');
    var view = svg.viewBox.baseVal;
    var scale = 1;
    function zoom(to) {
      scale = Math.min(4, Math.max(0.1, to));
      svg.setAttribute('width', String(Math.round(view.width * scale)));
      svg.setAttribute('height', String(Math.round(view.height * scale)));
      svg.setAttribute('data-scale', scale.toFixed(3));
    }
    function fit() {
      zoom(Math.min(1, (box.clientWidth - 2) / view.width, (Math.max(box.clientHeight, 300) - 2) / view.height));
    }
    var bar = document.createElement('div');
    bar.className = 'viewer';
    [['Zoom in', function () { zoom(scale * 1.25); }], ['Zoom out', function () { zoom(scale / 1.25); }],
      ['Fit', fit], ['Full size', function () { zoom(1); }]].forEach(function (control) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = control[0];
      button.addEventListener('click', control[1]);
      bar.appendChild(button);
    });
    figure.insertBefore(bar, box);
    box.addEventListener('keydown', function (event) {
      if (event.target !== box) { return; }
      var action = { '+': function () { zoom(scale * 1.25); }, '=': function () { zoom(scale * 1.25); },
        '-': function () { zoom(scale / 1.25); }, '0': fit, '1': function () { zoom(1); } }[event.key];
      if (action) { event.preventDefault(); action(); }
    });
    box.addEventListener('wheel', function (event) {
      if (event.ctrlKey) { event.preventDefault(); zoom(scale * (event.deltaY < 0 ? 1.25 : 0.8)); }
    }, { passive: false });
  }
  each(document, 'figure.diagram', viewer);
  if (controls) {
    controls.hidden = false;
    controls.addEventListener('submit', find);
    sectorFilter.addEventListener('change', filterSectors);
    showSecondary.addEventListener('change', function () {
      document.body.classList.toggle('hide-secondary', !showSecondary.checked);
    });
    document.getElementById('clear-highlight').addEventListener('click', clearHighlight);
  }
}());
