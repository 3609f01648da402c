// Enough of Gmail's look for a user to recognise the place; the reader never relies on it.
export const GMAIL_PAGE_STYLE = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.45 Roboto, "Google Sans", Arial, sans-serif; color: #1f1f1f; background: #f6f8fc; }
.demo-app { display: flex; flex-direction: column; height: 100%; }
.demo-banner { display: flex; align-items: center; gap: 24px; padding: 8px 16px; }
.demo-logo { font-size: 22px; color: #5f6368; min-width: 176px; }
.demo-banner form { flex: 0 1 560px; }
.demo-banner input { width: 100%; border: 0; border-radius: 24px; padding: 11px 20px; background: #e9eef6; font: inherit; }
.demo-note { flex: 1; color: #5f6368; font-size: 12px; }
.demo-account { color: #444746; }
.demo-columns { display: flex; flex: 1; min-height: 0; gap: 8px; padding: 0 16px 16px 0; }
.demo-labels { width: 200px; flex: none; display: flex; flex-direction: column; gap: 2px; padding-left: 8px; }
.demo-compose { margin: 4px 0 14px; padding: 16px 22px; width: fit-content; border-radius: 16px; background: #c2e7ff; font-weight: 500; }
.demo-labels a { color: #1f1f1f; text-decoration: none; padding: 4px 12px 4px 26px; border-radius: 0 16px 16px 0; display: flex; justify-content: space-between; }
.demo-labels .demo-label-active { background: #d3e3fd; font-weight: 700; }
.demo-list { width: 380px; flex: none; overflow: auto; background: #fff; border-radius: 16px; }
.demo-list table { width: 100%; border-collapse: collapse; }
.demo-list tr { border-bottom: 1px solid #f1f3f4; }
.demo-list tr[aria-selected="true"] .demo-row { background: #c2dbff; }
.demo-row { display: grid; grid-template-columns: 1fr auto; gap: 0 8px; padding: 8px 16px; color: inherit; text-decoration: none; }
.demo-row:hover { box-shadow: inset 0 -1px 0 #dadce0; background: #f2f6fc; }
.zF, .bog { font-weight: 700; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.xW { font-size: 12px; font-weight: 700; }
.y6, .y2 { grid-column: 1 / 3; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.y2 { color: #5f6368; }
.demo-reading { flex: 1; overflow: auto; background: #fff; border-radius: 16px; padding: 20px 24px; }
.demo-empty { color: #5f6368; padding: 40px; text-align: center; }
.ha { display: flex; align-items: center; gap: 12px; margin: 0 0 16px 52px; }
.hP { font: 400 22px/28px "Google Sans", Roboto, Arial, sans-serif; margin: 0; }
.at { font-size: 12px; background: #ddd; border-radius: 4px; padding: 0 6px; }
.gJ { width: 100%; border-collapse: collapse; }
.gF { padding: 0 0 0 52px; }
.iw { margin: 0; font-size: 14px; }
.gD { font-weight: 700; }
.go, .g3, .hb, .iA { color: #5f6368; font-size: 12px; }
.gH { text-align: right; white-space: nowrap; }
.ajw { padding-left: 52px; }
.ajA { margin: 8px 0 0 52px; padding: 8px 12px; border: 1px solid #dadce0; border-radius: 8px; width: fit-content; font-size: 12px; box-shadow: 0 1px 3px rgba(0, 0, 0, .15); }
.ajA td { padding: 1px 8px 1px 0; vertical-align: top; }
.gG { color: #5f6368; text-align: right; }
.ii { padding: 16px 0 8px 52px; }
.gmail_quote { color: #5f6368; }
blockquote.gmail_quote { margin: 0 0 0 .8ex; border-left: 1px solid #ccc; padding-left: 1ex; }
.hq { margin-left: 52px; padding-top: 12px; border-top: 1px solid #f1f3f4; }
.a3I { font-weight: 500; margin-bottom: 8px; }
.aZo { display: inline-block; margin: 0 8px 8px 0; padding: 10px 14px; border: 1px solid #dadce0; border-radius: 8px; }
.aZo a { color: inherit; text-decoration: none; }
.kv { border-bottom: 1px solid #f1f3f4; padding: 8px 0; }
.kv .iA { padding-left: 52px; }
`;
