// Progressive enhancement only: every page works fully without this file.
(function () {
  "use strict";

  function announce(text) {
    var status = document.querySelector("[data-share-status]");
    if (status) {
      status.textContent = text;
    }
  }

  // "Copy link": where the Clipboard API exists (secure contexts), copy the page's canonical address.
  var copyItem = document.querySelector("[data-copy-link]");
  var copy = copyItem && copyItem.querySelector("button");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copyItem.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-url")).then(
        function () { announce("Link copied."); },
        function () { announce("Could not copy the link. Select the address below instead."); });
    });
  }

  // The phone's own share sheet, where the browser offers one.
  var shareItem = document.querySelector("[data-share-native]");
  var share = shareItem && shareItem.querySelector("button");
  if (share && navigator.share) {
    shareItem.hidden = false;
    share.addEventListener("click", function () {
      navigator.share({ title: share.getAttribute("data-title"), url: share.getAttribute("data-url") }).catch(function () { });
    });
  }
})();
