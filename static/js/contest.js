/* Countdown on /cuoc-thi/ pages: the server renders the time left; this keeps it current.
   Without JavaScript the server-rendered figure stays (and the server decides the deadline). */
(function () {
  "use strict";
  var nodes = document.querySelectorAll("[data-countdown]");
  if (!nodes.length) { return; }
  var lang = document.documentElement.lang === "en" ? "en" : "vi";
  var words = lang === "en"
    ? { d: " days ", h: " hours ", m: " minutes ", s: " seconds" }
    : { d: " ngày ", h: " giờ ", m: " phút ", s: " giây" };
  function tick() {
    var now = Date.now();
    nodes.forEach(function (node) {
      var target = Date.parse(node.getAttribute("data-countdown"));
      var value = node.querySelector(".ct-countdown__value");
      if (!value || isNaN(target)) { return; }
      var left = Math.max(0, Math.floor((target - now) / 1000));
      if (left === 0) { value.textContent = node.getAttribute("data-label-ended"); return; }
      var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600);
      var m = Math.floor(left % 3600 / 60), s = left % 60;
      value.textContent = d + words.d + h + words.h + m + words.m + s + words.s;
    });
  }
  tick();
  window.setInterval(tick, 1000);
})();
