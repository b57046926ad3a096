// Visit counting by beacon (docs/visitor-statistics.md): the HTML page may come from the
// shared cache, so the page view is counted by this one small request after load, and its
// answer refreshes the "Đang online / Hôm nay / Đã truy cập" figures shown on the page.
(function () {
  var script = document.currentScript;
  var url = (script && script.getAttribute("data-beacon")) || "/api/v1/luot-truy-cap/";
  if (!window.fetch) return;
  var format = function (n) {
    try {
      return new Intl.NumberFormat(document.documentElement.lang || "vi").format(n);
    } catch (e) {
      return String(n);
    }
  };
  fetch(url, {
    method: "POST",
    credentials: "same-origin",
    keepalive: true,
    headers: { Accept: "application/json" },
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (stats) {
      if (!stats) return;
      ["online", "today", "total"].forEach(function (name) {
        var cells = document.querySelectorAll('[data-stat="' + name + '"]');
        for (var i = 0; i < cells.length; i++) {
          if (typeof stats[name] === "number") cells[i].textContent = format(stats[name]);
        }
      });
    })
    .catch(function () {});
})();
