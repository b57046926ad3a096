// Feedback form: warn before upload when too many or too large files are chosen
// (the server checks again by content; this only saves a slow round trip on phones).
(function () {
  "use strict";
  var form = document.querySelector("form.fb-form[data-max-files]");
  if (!form) return;
  var input = form.querySelector('input[type="file"]');
  var note = document.getElementById("fb-file-note");
  if (!input || !note) return;
  var maxFiles = parseInt(form.getAttribute("data-max-files"), 10);
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);
  input.addEventListener("change", function () {
    var messages = [];
    if (input.files.length > maxFiles) {
      messages.push("Chỉ được gửi tối đa " + maxFiles + " tệp.");
    }
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > maxBytes) {
        messages.push("Tệp “" + input.files[i].name + "” vượt quá 10 MB.");
      }
    }
    note.textContent = messages.join(" ");
    input.setCustomValidity(messages.length ? messages.join(" ") : "");
  });
})();
