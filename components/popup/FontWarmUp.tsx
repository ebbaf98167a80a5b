/**
 * The faces an article's first screen is set in (its header's, its body's regular, italic, bold and code, the
 * buttons' weight), laid out unseen in the popup's loading view, so that the browser has found them before the
 * result comes. A renderer finds a font face the first time a page of its process lays text out in it: on Linux
 * each face is a synchronous request to the browser's font service (fontconfig), 6–7 of them for an article's
 * first layout in a new popup process, 3–38 ms of the result → painted step in cold clicks' traces (and a warm
 * click's first italic or code face, 8–27 ms under load: docs/benchmarks.md, seventeenth round). Laid out here,
 * in the first frame the loading view paints, they are found while the page extracts; in a warm popup they are
 * already known and this costs a layout of a few letters. The classes are the article's own (popup.css), so the
 * sample follows whatever faces and sizes the article's styles name.
 */
export function FontWarmUp() {
  return (
    <div class="cr-font-warm-up" aria-hidden="true">
      <p class="cr-meta-site">a</p>
      <p class="cr-meta-title">
        <b>a</b>
      </p>
      <p class="cr-meta-line">a</p>
      <span class="cr-button">a</span>
      <div class="cr-article-body">
        a<i>a</i>
        <b>a</b>
        <b>
          <i>a</i>
        </b>
        <code>a</code>
      </div>
    </div>
  );
}
