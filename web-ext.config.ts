import { defineWebExtConfig } from 'wxt';

// `npm run dev` on a machine without a display must not try to start a browser.
export default defineWebExtConfig({ disabled: !process.env.DISPLAY });
