interface ImportMetaEnv {
	/**
	 * True in `astro dev` only, whatever NODE_ENV says (set by src/integrations/dev-server-flag.ts):
	 * drafts are previewed there, and pages carry no Content-Security-Policy, because the dev server
	 * injects inline scripts and styles of its own that the policy would rightly block.
	 */
	readonly VIGIL_DEV_SERVER: boolean;
}
