/**
 * The site's one style sheet: system fonts, one column that reads on a phone, colours with at least
 * 4.5:1 contrast (WCAG AA), a visible focus ring, and a print form without the search and navigation.
 */
export const CSS = `:root {
  --text: #1b1b1b; --muted: #4a4a4a; --line: #c8ccd2; --bg: #ffffff; --panel: #f3f5f8;
  --link: #0a4a9c; --accent: #8a1c1c; --ok: #125b2b; --ok-bg: #e4f3e8; --warn: #6b3a00; --warn-bg: #fff2dc;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: var(--bg); line-height: 1.7; font-size: 1rem;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #1f6fd6; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
.site { background: var(--accent); color: #fff; }
.site .wrap { padding-top: 0.6rem; padding-bottom: 0.6rem; }
.site a { color: #fff; text-decoration: none; font-weight: 600; }
.site a:hover, .site a:focus-visible { text-decoration: underline; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
main { display: block; padding-bottom: 2rem; }
main:focus { outline: none; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: 1.2rem 0 0.4rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.1rem 0 0.3rem; }
p { margin: 0.3rem 0; }
.subtitle, .meta, .revision { color: var(--muted); }
.meta { font-size: 0.9rem; margin-left: 0.5rem; }
.crumbs ol { list-style: none; margin: 0.6rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem; font-size: 0.9rem; }
.crumbs li + li::before { content: "›"; margin: 0 0.35rem; color: var(--muted); }
.search { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.search label { display: block; font-weight: 600; margin-bottom: 0.4rem; }
.search .row { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.search select { display: block; font: inherit; padding: 0.45rem 0.6rem; margin: 0 0 0.6rem; border: 2px solid #5b6470; border-radius: 6px; background: #fff; color: var(--text); }
.search input { flex: 1 1 14rem; min-width: 0; font: inherit; padding: 0.55rem 0.7rem; border: 2px solid #5b6470; border-radius: 6px; background: #fff; color: var(--text); }
.search button { font: inherit; padding: 0.55rem 1.2rem; border: 2px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
.search .hint { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
#results h2 { margin-top: 1rem; }
.search > h2:first-child { margin-top: 0; }
.toc ul { list-style: none; padding: 0; margin: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
.results { padding-left: 1.4rem; }
.result { margin: 0.7rem 0; padding: 0.5rem 0.7rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.result.confident { border: 2px solid var(--ok); }
.result-title { font-weight: 600; }
.badge { display: inline-block; margin-left: 0.5rem; padding: 0 0.5rem; border-radius: 1rem; background: var(--ok-bg); color: var(--ok); font-size: 0.85rem; font-weight: 600; }
.unsure { background: var(--warn-bg); color: var(--warn); border-left: 4px solid var(--warn); padding: 0.4rem 0.7rem; font-weight: 600; }
.label { font-weight: 600; }
.grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.5rem; }
.grid a { display: block; padding: 0.5rem 0.7rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; background: #fff; }
.grid a:hover, .grid a:focus-visible { background: var(--panel); }
.grid .count { color: var(--muted); font-size: 0.9rem; }
.offices { columns: 2 16rem; column-gap: 2rem; padding-left: 1.2rem; }
.offices li { break-inside: avoid; }
.items { list-style: none; padding: 0; margin: 0; }
.items > li { padding: 0.6rem 0; border-bottom: 1px solid var(--line); }
.items .name { font-weight: 600; }
.tag { display: inline-block; font-size: 0.8rem; padding: 0 0.4rem; border: 1px solid var(--line); border-radius: 4px; color: var(--muted); margin-left: 0.3rem; }
.party { margin: 0.6rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid var(--line); background: var(--panel); }
.party.lead { border-left-color: var(--accent); }
.party h3 { margin: 0 0 0.2rem; }
.party ol, .party ul { margin: 0.2rem 0; padding-left: 1.4rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td ol { margin: 0; padding-left: 1.2rem; }
.flow { list-style: none; counter-reset: step; padding: 0; margin: 0.5rem 0; max-width: 36rem; }
.flow > li { counter-increment: step; position: relative; border: 2px solid #5b6470; border-radius: 8px; padding: 0.5rem 0.8rem 0.5rem 3rem; margin: 0 0 2rem; background: #fff; }
.flow > li::before { content: counter(step); position: absolute; left: 0.7rem; top: 0.55rem; width: 1.6rem; height: 1.6rem; border-radius: 50%; background: var(--accent); color: #fff; text-align: center; line-height: 1.6rem; font-weight: 600; font-size: 0.9rem; }
.flow > li:not(:last-child)::after { content: ""; position: absolute; left: 50%; bottom: -1.85rem; height: 1.6rem; border-left: 2px solid #5b6470; }
.flow > li:not(:last-child) > .arrow { position: absolute; left: calc(50% - 0.45rem); bottom: -0.65rem; width: 0; height: 0; border-left: 0.45rem solid transparent; border-right: 0.45rem solid transparent; border-top: 0.6rem solid #5b6470; transform: translateY(100%); }
.flow .who { color: var(--accent); font-weight: 600; }
.flow .step-title { font-weight: 600; }
.flow .next { font-size: 0.9rem; color: var(--muted); }
.case { background: var(--panel); padding: 0.6rem 0.9rem; border-radius: 6px; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1rem 0 2rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.3rem; }
  table.stack thead { position: absolute; left: -9999px; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid var(--line); margin-bottom: 0.6rem; }
  table.stack td { border: none; border-bottom: 1px solid #e3e6ea; }
  table.stack td::before { content: attr(data-label) "："; font-weight: 600; }
}
@media print {
  .site, .crumbs, .search, .skip, nav.browse, .toc, footer .generator { display: none !important; }
  body { font-size: 11pt; line-height: 1.5; color: #000; }
  .wrap { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  .party, .flow > li, tr, .items > li, .result { break-inside: avoid; }
  .party, .case, th { background: none; }
  .flow > li { border-color: #000; }
}
`;
