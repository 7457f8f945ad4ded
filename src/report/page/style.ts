/** The compliance page's stylesheet, inlined into the page (no file, no network request). */
export const PAGE_STYLE = `
:root { --pass: #1a7f37; --fail: #cf222e; --kd: #9a6700; --skip: #57606a; --notrun: #8c959f; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1f2328; }
main { padding: 0 24px 48px; max-width: 1600px; }
h2 { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { margin-bottom: 6px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
pre { background: var(--bg); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; max-height: 420px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); }
.banner { padding: 16px 24px; color: #fff; }
.banner h1 { margin: 0 0 4px; font-size: 28px; }
.banner p { margin: 2px 0; font-size: 15px; }
.verdict-pass { background: var(--pass); }
.verdict-fail { background: var(--fail); }
.verdict-kd { background: var(--kd); }
.verdict-incomplete { background: #6e4a00; }
.verdict-error { background: #24292f; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; }
.facts dt { font-weight: 600; color: #57606a; }
.facts dd { margin: 0; }
nav { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.matrix td.cell { text-align: center; min-width: 64px; font-weight: 600; }
.matrix tr.group th { background: #eaeef2; text-align: left; }
.cell a { color: inherit; text-decoration: none; display: block; }
.cell a:hover { text-decoration: underline; }
.state-pass { color: var(--pass); }
.state-fail { color: #fff; background: var(--fail); }
.state-known-deviation { color: #fff; background: var(--kd); }
.state-skip { color: var(--skip); background: #eaeef2; }
.state-not-run { color: var(--notrun); }
.chip { display: inline-block; border-radius: 10px; padding: 0 7px; margin: 1px; font-size: 12px; border: 1px solid var(--line); }
.chip.state-pass { background: #dafbe1; }
.legend > span { margin-right: 14px; }
details.exchange { margin: 4px 0; }
details.exchange > summary { font-weight: normal; color: #57606a; }
details.result-details { border: 1px solid var(--line); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
details.result-details[open] { background: #fff; box-shadow: 0 0 0 2px #0969da33; }
details summary { cursor: pointer; font-weight: 600; }
.result { border-top: 1px dashed var(--line); padding: 6px 0; }
.result:first-of-type { border-top: none; }
.muted { color: #57606a; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.only-failures tr.ok { display: none; }
@media print { nav, .controls { display: none; } details { display: block; } }
`;
