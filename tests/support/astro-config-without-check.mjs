// The project's Astro config without its content check. The hostile archive's SVG drawings carry
// scripts and handlers, which the checker rightly refuses, so that a build would stop before it
// began; built with this config, the hostile archive shows what the build itself does with such a
// drawing when nothing stopped it (it must publish none of it). For tests only.
import config from '../../astro.config.mjs';

export default { ...config, integrations: config.integrations.filter((integration) => integration.name !== 'vigil:content-check') };
