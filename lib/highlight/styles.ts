/**
 * How highlights look on the page. Okabe–Ito colours (told apart with the common
 * colour-vision deficiencies), each role with its own underline style, so colour is
 * never the only signal. Sent with each highlight request so the page reader stays small.
 */
export const HIGHLIGHT_CSS = `
::highlight(rolelens-mle){background-color:rgba(230,159,0,.35);text-decoration:underline solid #b36b00 2px}
::highlight(rolelens-ds){background-color:rgba(86,180,233,.35);text-decoration:underline dotted #0060a0 2px}
::highlight(rolelens-de){background-color:rgba(0,158,115,.3);text-decoration:underline wavy #006b4e 1px}
::highlight(rolelens-flash){background-color:rgba(240,228,66,.9);color:#000}
`;
