import { defineContentScript } from 'wxt/utils/define-content-script';
import { detector } from '../../core/detector';
import { explainDetection } from '../../core/explain-detection';
import { isActiveOn, type Settings } from '../../core/settings';
import { type PageMarker, startPageMarker } from '../../engine/page-marker';
import { loadSettings, watchSettings } from '../../platform/settings-reader';
import { HoverController } from './hover';
import './marks.css';
import markStyles from './marks.css?inline';
import { TooltipMount } from './tooltip-mount';

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
      if (!isActiveOn(settings, location.hostname)) {
        stopAll();
        return;
      }
      hover ??= new HoverController({
        win: window,
        mount,
        hitTest: (x, y, doc) => marker?.hitTest(x, y, doc) ?? null,
        describe: (detection) => {
          const explanation = explainDetection(detection, settings.viewpoints, detector);
          return explanation && { explanation, surface: detection.text, theme: settings.theme };
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
      following.refresh();
    };

    apply();
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stopAll();
    });
  },
});
