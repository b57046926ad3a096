// Search box autocomplete: WAI-ARIA combobox with a listbox popup (APG "list
// autocomplete" pattern). Progressive enhancement: without JS the form just submits.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input) return;
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var status = document.getElementById("search-suggestions-status");
  var url = input.getAttribute("data-suggest-url");
  var items = [];
  var active = -1;
  var timer = null;
  var lastQuery = "";
  var controller = null;

  function announce(text) { if (status) status.textContent = text; }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    if (index < 0) index = options.length - 1;
    if (index >= options.length) index = 0;
    options.forEach(function (el, i) { el.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    input.setAttribute("aria-activedescendant", options[index].id);
    options[index].scrollIntoView({ block: "nearest" });
  }

  function render(suggestions) {
    items = suggestions;
    list.textContent = "";
    if (!suggestions.length) { close(); announce(""); return; }
    suggestions.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = "search-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "search-suggestions__item";
      var title = document.createElement("span");
      title.textContent = item.title;
      var kind = document.createElement("span");
      kind.className = "search-suggestions__kind";
      kind.textContent = item.kind_label;
      li.appendChild(title);
      li.appendChild(kind);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); go(i); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
    announce(suggestions.length + " gợi ý. Dùng phím mũi tên lên, xuống để chọn.");
  }

  function go(index) {
    var item = items[index];
    if (item && item.url) window.location.assign(item.url);
  }

  function fetchSuggestions() {
    var q = input.value.trim();
    if (q === lastQuery) return;
    lastQuery = q;
    if (q.length < 2) { render([]); return; }
    if (controller) controller.abort();
    controller = typeof AbortController !== "undefined" ? new AbortController() : null;
    fetch(url + "?q=" + encodeURIComponent(q), {
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
      .catch(function () { /* offline or aborted: keep the plain form */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });

  input.addEventListener("keydown", function (e) {
    var open = !list.hidden;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open && items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        setActive(active + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        if (!open && items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        setActive(active - 1);
        break;
      case "Enter":
        if (open && active >= 0) { e.preventDefault(); go(active); }
        break;
      case "Escape":
        if (open) { e.preventDefault(); close(); }
        else if (input.value) { input.value = ""; lastQuery = ""; }
        break;
      case "Home":
      case "End":
        if (open && active >= 0) {
          e.preventDefault();
          setActive(e.key === "Home" ? 0 : items.length - 1);
        }
        break;
      case "Tab":
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", function () { setTimeout(close, 100); });

  // Submitting the year filter keeps the query; the select submits on change for mouse users.
  var year = document.getElementById("search-year");
  if (year && year.form) year.addEventListener("change", function () { year.form.submit(); });
})();
