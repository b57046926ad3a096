/* Printing /chi-so/: every chart's data table is printed too (details opened). */
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.chart__data").forEach(function (d) { d.open = true; });
  });
})();
