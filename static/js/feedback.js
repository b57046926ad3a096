// Feedback form, progressive enhancement only: the form works without JavaScript.
// - the error summary takes focus after a failed submission;
// - a quick filter narrows the (grouped) list of communes as the citizen types;
// - an optional "use my location" button fills the hidden latitude/longitude;
// - a warning before upload when too many or too large files are chosen (the server
//   checks again by content; this only saves a slow round trip on phones).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  function fold(text) {
    return (text || "").replace(/[đĐ]/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Area quick filter: hides non-matching options (and empty groups) in the <select>.
  var filter = document.querySelector("[data-area-filter]");
  var select = document.getElementById("id_area");
  if (filter && select) {
    var input = filter.querySelector("input");
    var status = filter.querySelector("[data-area-status]");
    var options = Array.prototype.slice.call(select.querySelectorAll("option"));
    options.forEach(function (o) {
      var group = o.parentNode.tagName === "OPTGROUP" ? o.parentNode.label : "";
      o.dataset.folded = fold(o.textContent + " " + group);
    });
    filter.hidden = false;
    input.addEventListener("input", function () {
      var tokens = fold(input.value.trim()).split(/\s+/).filter(Boolean);
      var count = 0;
      var first = null;
      options.forEach(function (o) {
        if (!o.value) return;
        var show = tokens.every(function (t) { return o.dataset.folded.indexOf(t) !== -1; });
        o.hidden = !show;
        o.disabled = !show && !o.selected;
        if (show) { count++; if (!first) first = o; }
      });
      Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (g) {
        g.hidden = !g.querySelector("option:not([hidden])");
      });
      if (tokens.length && count === 1 && first) {
        select.value = first.value;
      }
      if (status) {
        status.textContent = tokens.length ? (status.getAttribute("data-template") || "{n}").replace("{n}", count) : "";
      }
    });
  }

  // Optional location: browser geolocation only, no map service.
  var geo = document.querySelector("[data-geo]");
  var lat = document.getElementById("id_lat");
  var lng = document.getElementById("id_lng");
  if (geo && lat && lng && "geolocation" in navigator) {
    var button = geo.querySelector("[data-geo-button]");
    var clear = geo.querySelector("[data-geo-clear]");
    var note = geo.querySelector("[data-geo-status]");
    geo.hidden = false;
    if (lat.value && lng.value) { clear.hidden = false; }
    button.addEventListener("click", function () {
      note.textContent = note.getAttribute("data-msg-wait");
      navigator.geolocation.getCurrentPosition(function (pos) {
        lat.value = pos.coords.latitude.toFixed(6);
        lng.value = pos.coords.longitude.toFixed(6);
        note.textContent = note.getAttribute("data-msg-ok") + " (" + lat.value + ", " + lng.value + ")";
        clear.hidden = false;
      }, function () {
        note.textContent = note.getAttribute("data-msg-denied");
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
    clear.addEventListener("click", function () {
      lat.value = "";
      lng.value = "";
      clear.hidden = true;
      note.textContent = "";
      button.focus();
    });
  }

  var form = document.querySelector("form.fb-form[data-max-files]");
  if (!form) return;
  var files = form.querySelector('input[type="file"]');
  var fileNote = document.getElementById("fb-file-note");
  if (!files || !fileNote) return;
  var maxFiles = parseInt(form.getAttribute("data-max-files"), 10);
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10);
  files.addEventListener("change", function () {
    var messages = [];
    if (files.files.length > maxFiles) {
      messages.push("Chỉ được gửi tối đa " + maxFiles + " tệp.");
    }
    for (var i = 0; i < files.files.length; i++) {
      if (files.files[i].size > maxBytes) {
        messages.push("Tệp “" + files.files[i].name + "” vượt quá 10 MB.");
      }
    }
    fileNote.textContent = messages.join(" ");
    files.setCustomValidity(messages.length ? messages.join(" ") : "");
  });
})();
