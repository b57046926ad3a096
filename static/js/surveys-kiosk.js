/* Desk kiosk: after the thank-you screen, back to an empty form by itself, and a form
   left half-filled is cleared after a while, so the next citizen starts fresh. */
(function () {
  "use strict";
  var done = document.querySelector("[data-kiosk-done]");
  if (done) {
    var seconds = parseInt(done.getAttribute("data-reset-seconds"), 10) || 6;
    window.setTimeout(function () {
      window.location.replace(done.getAttribute("data-reset-url"));
    }, seconds * 1000);
    return;
  }
  var form = document.querySelector("[data-kiosk-form]");
  if (!form) { return; }
  var idle;
  function arm() {
    window.clearTimeout(idle);
    idle = window.setTimeout(function () { form.reset(); window.scrollTo(0, 0); }, 120000);
  }
  form.addEventListener("change", arm);
  form.addEventListener("pointerdown", arm);
  form.addEventListener("submit", function () {
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
  });
})();
