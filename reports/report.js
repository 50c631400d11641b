// The page reads fully without JavaScript: this only filters, and copies the ready-to-send texts.
(function () {
  'use strict';

  // Findings: show or hide a severity.
  document.querySelectorAll('.filters input[data-sev]').forEach(function (box) {
    box.addEventListener('change', function () {
      var sev = box.getAttribute('data-sev');
      document.querySelectorAll('#segnalazioni [data-sev="' + sev + '"]').forEach(function (el) {
        if (el !== box) { el.hidden = !box.checked; }
      });
    });
  });

  // Checklist: only the requirements that need work.
  var done = ['met', 'not_applicable', 'waived', 'not_run'];
  var only = document.getElementById('solo-aperti');
  if (only) {
    only.closest('.js-only').hidden = false;
    only.addEventListener('change', function () {
      document.querySelectorAll('table.checklist tbody tr').forEach(function (tr) {
        tr.hidden = only.checked && done.indexOf(tr.getAttribute('data-status')) !== -1;
      });
    });
  }

  // Copy buttons: the clipboard API where the browser allows it, else select the text for Ctrl+C.
  document.querySelectorAll('button.copy').forEach(function (button) {
    var box = document.getElementById(button.getAttribute('data-copy'));
    var note = button.parentNode.querySelector('.copied');
    if (!box) { return; }
    button.hidden = false;
    function say(text) { if (note) { note.textContent = text; } }
    function fallback() {
      box.focus();
      box.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      say(ok ? 'Copiato.' : 'Testo selezionato: premete Ctrl+C (⌘C su Mac).');
    }
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(box.value).then(function () { say('Copiato.'); }, fallback);
      } else {
        fallback();
      }
    });
  });
})();
