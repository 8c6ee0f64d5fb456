NAME = "plugin loaded from an added sys.path entry"

def run():
    return NAME.upper()
