import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from '../lib/popup-start';

/**
 * A classic script in the popup's head: it starts reading storage while the popup's modules load, which
 * takes longer than the read itself (see lib/popup-start.ts).
 */
export default defineUnlistedScript(() => {
  startPopup();
});
