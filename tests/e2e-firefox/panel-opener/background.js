/* global URL */
// Opens `<panel url>?tab=<the asking tab>` in a new tab.
browser.runtime.onMessage.addListener((message, sender) => {
  if (!message || typeof message.openPanel !== 'string' || !sender.tab) return undefined;
  const url = new URL(message.openPanel);
  url.searchParams.set('tab', String(sender.tab.id));
  return browser.tabs.create({ url: url.toString(), active: false }).then((tab) => tab.id);
});
