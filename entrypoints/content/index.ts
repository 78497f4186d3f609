import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageDetector as detector } from '../../core/detector';
import type { PageSettings } from '../../core/page-settings';
import { type PageMarker, startPageMarker } from '../../engine/page-marker';
import { CardController } from '../../page-ui/card-controller';
import { copyText } from '../../page-ui/clipboard';
import { TooltipHost } from '../../page-ui/tooltip-host';
import { CardClient } from '../../platform/card-client';
import { onExplainRequest } from '../../platform/page-command';
import { askPageSettings, watchPageSettings } from '../../platform/page-settings';
import { reportTabState } from '../../platform/tab-state-reporter';
import './marks.css';
import { markStyleCss } from './mark-style';
import markStyles from './marks.css?inline';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame, so that a posting embedded from an applicant-tracking system in a cross-origin frame is
  // marked and explained too. A frame its parent can reach (same origin) is left to the parent's copy, whose
  // engine marks same-origin frames itself: two copies would mark it twice.
  allFrames: true,
  // As soon as the DOM is parsed: waiting for idle can mean waiting for every image of a big page, and the
  // engine follows whatever arrives later anyway.
  runAt: 'document_end',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage would
  // reach the page's own message listeners, which are none of our business.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // frameElement is null in the top frame and in a frame whose parent is of another origin.
    if (window.frameElement) return;
    const host = new TooltipHost(document);
    // What the settings say on this site, decided by the background (core/page-settings.ts).
    // In a cross-origin frame, the site is the tab's (ancestorOrigins: Chromium; Firefox has none, and a frame
    // there follows its own host): switching a site off covers the postings it embeds.
    const origins = location.ancestorOrigins;
    const site = origins?.length
      ? new URL(origins[origins.length - 1] as string).hostname
      : location.hostname;
    let settings = await askPageSettings(site);
    /** The settings marking runs under: the last that said to mark this page. */
    let active: PageSettings;
    // Each card in the language the reader's choice, the mark and the page say (the background decides).
    const cards = new CardClient(() => ({
      lang: document.documentElement.lang,
      title: document.title,
    }));
    const onCopy = (markdown: string) => copyText(markdown, host.root);
    let marker: PageMarker | undefined;
    let controller: CardController | undefined;

    const stopAll = () => {
      controller?.stop();
      marker?.stop();
      host.destroy();
      controller = undefined;
      marker = undefined;
    };

    // Brings the page in line with the settings: start, retarget or stop marking, redraw an open tooltip.
    const apply = () => {
      if (!settings?.marks) {
        stopAll();
        return;
      }
      active = settings;
      controller ??= new CardController({
        win: window,
        host,
        marks: {
          hitTest: (x, y, doc) => marker?.hitTest(x, y, doc) ?? null,
          adjacent: (options) => marker?.adjacent(options) ?? null,
          marksInRange: (range) => marker?.marksInRange(range) ?? [],
          handleOf: (detection) => marker?.handleOf(detection) ?? null,
          distinctDetections: (limit) => marker?.distinctDetections(limit) ?? [],
        },
        preload: (detections) => cards.preload(detections),
        describe: (detection) => {
          const { theme } = active;
          const known = cards.peek(detection);
          if (known !== undefined) return known ? { card: known, theme, onCopy } : undefined;
          return cards.load(detection).then((card) => (card ? { card, theme, onCopy } : undefined));
        },
        describeNothing: () => cards.nothing().then((nothing) => ({ ...nothing, theme: active.theme })),
        // A selection is explained as written: a selection has no page context of its own.
        detect: (text) => detector.detect(text),
        settings: () => active,
      });
      const following = controller;
      if (marker) {
        marker.setFamilies(active.families);
      } else {
        marker = startPageMarker({
          doc: document,
          // Each run with its page context (the title, the heading above it): it decides how 業務 reads.
          detect: (text, context) => detector.detect(text, context),
          mayHold: (text) => detector.mayHold(text),
          prepare: () => detector.mayHold(''), // builds the detector (see core/detector.ts)
          families: active.families,
          frameStyles: markStyles,
          onFrameDocument: (doc) => following.watchFrame(doc),
        });
      }
      // The mark style chosen in the options: the line styles of marks.css, or a tint over them too.
      marker.setStyles(markStyleCss(active.markStyle));
      following.refresh();
    };

    apply();
    // The page's state for the toolbar icon, its badge and the popup (issue 13): the top frame's is the tab's,
    // and the background reads no other, so a cross-origin frame's copy keeps no timer and sends nothing.
    const report =
      window === window.top
        ? reportTabState(
            () => ({ off: !settings?.marks, counts: marker?.found(), host: site }),
            (check, ms) => ctx.setInterval(check, ms),
          )
        : () => {};
    // The command reaches every frame: the one the reader is in explains. A frame of another origin that holds
    // the focus has its own copy; a frame explains only when it has the focus, the top window unless a frame does.
    // The answer says whether a card could show: the context menu explains in the popup when not.
    const stopExplaining = onExplainRequest(() => {
      const focused = document.activeElement;
      const inOtherOrigin = focused instanceof HTMLIFrameElement && !focused.contentDocument;
      if (inOtherOrigin || (window !== window.top && !document.hasFocus())) return false;
      controller?.explain();
      return !!controller;
    });
    const unwatch = watchPageSettings(site, (next) => {
      if (next?.cards !== settings?.cards) cards.reset();
      settings = next;
      apply();
      report();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stopExplaining();
      stopAll();
    });
  },
});
