/* global window */
// The test page dispatches this event (through the test driver); the page learns nothing back.
window.addEventListener('backstory-test-open-panel', (event) => {
  const url = String(event.detail);
  browser.runtime.sendMessage({ openPanel: url });
});
