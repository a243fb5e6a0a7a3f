print("modules package initialised as", __name__)
VERSION = "1.0"
