import { defineContentScript } from 'wxt/utils/define-content-script';
import { detector } from '../../core/detector';
import { marksPageOn, type Settings } from '../../core/settings';
import { type PageMarker, startPageMarker } from '../../engine/page-marker';
import { copyText } from '../../page-ui/clipboard';
import { HoverController } from '../../page-ui/hover-controller';
import { TooltipMount } from '../../page-ui/tooltip-host';
import { CardClient } from '../../platform/card-client';
import { loadSettings, watchSettings } from '../../platform/settings-reader';
import './marks.css';
import { markStyleCss } from './mark-style';
import markStyles from './marks.css?inline';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Top frame only (allFrames stays off): the engine marks same-origin frames from here, and a second
  // copy inside each frame would mark them twice.
  // As soon as the DOM is parsed: waiting for idle can mean waiting for every image of a big page, and the
  // engine follows whatever arrives later anyway.
  runAt: 'document_end',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage would
  // reach the page's own message listeners, which are none of our business.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const mount = new TooltipMount(document);
    let settings: Settings = await loadSettings();
    const cards = new CardClient(settings.viewpoints);
    const onCopy = (markdown: string) => copyText(markdown, mount.root);
    let marker: PageMarker | undefined;
    let hover: HoverController | undefined;

    const stopAll = () => {
      hover?.stop();
      marker?.stop();
      mount.destroy();
      hover = undefined;
      marker = undefined;
    };

    // Brings the page in line with the settings: start, retarget or stop marking, redraw an open tooltip.
    const apply = () => {
      if (!marksPageOn(settings, location.hostname)) {
        stopAll();
        return;
      }
      hover ??= new HoverController({
        win: window,
        mount,
        hitTest: (x, y, doc) => marker?.hitTest(x, y, doc) ?? null,
        describe: (detection) => {
          const { theme } = settings;
          const known = cards.peek(detection);
          if (known !== undefined) return known ? { card: known, theme, onCopy } : undefined;
          return cards.load(detection).then((card) => (card ? { card, theme, onCopy } : undefined));
        },
      });
      const following = hover;
      if (marker) {
        marker.setFamilies(settings.families);
      } else {
        marker = startPageMarker({
          doc: document,
          detect: (text) => detector.detect(text),
          mayHold: (text) => detector.mayHold(text),
          prepare: () => detector.mayHold(''), // builds the detector (see core/detector.ts)
          families: settings.families,
          frameStyles: markStyles,
          onFrameDocument: (doc) => following.watchFrame(doc),
        });
      }
      // The mark style chosen in the options: the line styles of marks.css, or a tint over them too.
      marker.setStyles(markStyleCss(settings.markStyle));
      following.refresh();
    };

    apply();
    const unwatch = watchSettings((next) => {
      if (next.viewpoints.join() !== settings.viewpoints.join()) cards.reset(next.viewpoints);
      settings = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stopAll();
    });
  },
});
