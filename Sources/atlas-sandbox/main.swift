print("atlas-sandbox")
