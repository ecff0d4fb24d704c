// AtlasAdmin
