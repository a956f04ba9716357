interface ImportMetaEnv {
	/** Whether pages carry the Content-Security-Policy <meta>: in builds, not in the dev server (set by src/integrations/security-headers.ts). */
	readonly VIGIL_POLICY_IN_PAGES: boolean;
}
