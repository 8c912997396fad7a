// Adds working "copy" buttons where the page offers text to copy. Without JavaScript the text
// is still there to select; this only saves a step. (CSP: script-src 'self', so no inline code.)
document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
            button.textContent = 'Copied';
            button.setAttribute('aria-live', 'polite');
            setTimeout(function () { button.textContent = label; }, 2000);
        });
    });
});
