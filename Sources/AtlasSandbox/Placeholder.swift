// AtlasSandbox
