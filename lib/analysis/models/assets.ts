// Shipped model files live in public/models/ (in the extension as /models/<file>). The background
// fetches them on first use; the command line, the eval and the tests read them from disk.
export type ModelAssetLoader = (file: string) => Promise<ArrayBuffer>;
