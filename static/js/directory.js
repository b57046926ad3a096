// Directory filter: progressive enhancement. The server filters with ?q= already; this
// filters the tree as the user types, ignoring diacritics (đ→d) like the server does.
(function () {
  var input = document.querySelector("[data-dir-filter]");
  var tree = document.querySelector("[data-dir-tree]");
  var status = document.querySelector("[data-dir-status]");
  if (!input || !tree) return;
  var items = Array.prototype.slice.call(tree.querySelectorAll("li.dir-tree__item"));
  function fold(text) {
    return text.replace(/[đĐ]/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  items.forEach(function (li) { li.dataset.folded = fold(li.dataset.search || ""); });
  var timer = null;
  function apply() {
    var tokens = fold(input.value.trim()).split(/\s+/).filter(Boolean);
    var count = 0;
    // Children first, so a parent stays visible when any descendant matches.
    for (var i = items.length - 1; i >= 0; i--) {
      var li = items[i];
      var own = tokens.every(function (t) { return li.dataset.folded.indexOf(t) !== -1; });
      var child = li.querySelector(":scope > ul > li:not([hidden])");
      li.hidden = !(own || child);
      li.classList.toggle("dir-tree__item--context", !own && !!child);
      if (own && tokens.length) count++;
    }
    if (status) {
      var template = status.getAttribute("data-template") || "{n}";
      status.textContent = tokens.length ? template.replace("{n}", count) : "";
    }
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
})();
