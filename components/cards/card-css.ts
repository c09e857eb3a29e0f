// The cards' styles, inside Backstory's shadow root: the page's CSS cannot reach in, and
// `all: initial` on the card stops the page's inherited fonts and colours at the door.
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }
.card { all: initial; box-sizing: border-box; position: fixed; width: min(340px, calc(100vw - 16px));
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: #1d2330; background: #ffffff; border: 1px solid #dfe2e7; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(20, 25, 35, 0.22); padding: 12px 14px; display: block; text-align: left;
  direction: ltr; }
.card * { box-sizing: border-box; }
.card:focus { outline: none; }
.card:focus-visible, .card button:focus-visible, .card a:focus-visible { outline: 2px solid #2f5fb3; outline-offset: 2px; }
.kind { display: flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; letter-spacing: 0.02em;
  text-transform: uppercase; color: #5b6475; margin: 0 0 4px; }
.swatch { width: 10px; height: 10px; border-radius: 3px; display: inline-block; }
.swatch.person { background: rgba(255, 196, 0, 0.8); }
.swatch.organization { background: rgba(0, 153, 255, 0.7); }
.swatch.place { background: rgba(60, 200, 90, 0.75); }
.swatch.claim { background: rgba(214, 90, 0, 0.85); }
.swatch.note { background: rgba(200, 120, 255, 0.8); }
.swatch.link { background: transparent; border: 1px solid #5b6475; }
.title { font-size: 16px; font-weight: 650; margin: 0 0 6px; color: inherit; outline: none; }
.muted { color: #5b6475; font-size: 13px; margin: 4px 0; }
.reasons { margin: 6px 0 8px; padding-left: 18px; }
.reasons li { margin: 2px 0; }
.summary { margin: 8px 0 4px; font-size: 13px; }
.actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button { all: unset; box-sizing: border-box; font: inherit; font-size: 13px; font-weight: 600; cursor: pointer;
  padding: 5px 12px; border-radius: 6px; border: 1px solid #2f5fb3; color: #2f5fb3; background: transparent; }
button.primary { background: #2f5fb3; color: #ffffff; }
button:disabled { opacity: 0.6; cursor: default; }
a { color: #2f5fb3; text-decoration: underline; font-size: 13px; }
.close { position: absolute; top: 6px; right: 8px; border: none; padding: 2px 6px; font-size: 16px; color: #5b6475; }
.problem { color: #a33a12; }
.keys { font-size: 11px; color: #5b6475; margin-top: 8px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e9ef; background: #1f232b; border-color: #343a46; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.6); }
  .kind, .muted, .keys, .close { color: #a0a8b8; }
  button { border-color: #8fb3ff; color: #8fb3ff; }
  button.primary { background: #8fb3ff; color: #0d1320; }
  a { color: #8fb3ff; }
  .problem { color: #ffb08a; }
  .card:focus-visible, .card button:focus-visible, .card a:focus-visible { outline-color: #8fb3ff; }
}
`;

// The note button by a selection, and the note card.
export const NOTE_CSS = `
.note-button { all: initial; position: fixed; display: inline-flex; align-items: center; gap: 6px; box-sizing: border-box;
  font: 600 13px/1 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; padding: 7px 11px; border-radius: 8px;
  background: #2f5fb3; color: #ffffff; box-shadow: 0 4px 14px rgba(20, 25, 35, 0.25); cursor: pointer; }
.note-button:focus-visible { outline: 2px solid #ffffff; outline-offset: -4px; }
.note-button[data-state="sent"] { background: #2e7d4f; }
.note-button[data-state="error"] { background: #a33a12; max-width: 320px; line-height: 1.3; }
.note-body { white-space: pre-wrap; margin: 6px 0; max-height: 12em; overflow: auto; }
@media (prefers-color-scheme: dark) {
  .note-button { background: #8fb3ff; color: #0d1320; }
  .note-button[data-state="sent"] { background: #7fd1a0; }
  .note-button[data-state="error"] { background: #ffb08a; }
}
`;
