print("atlas-integrations")
