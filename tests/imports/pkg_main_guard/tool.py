def main():
    return "tool main"

ran_as_script = False
if __name__ == "__main__":
    ran_as_script = True
    print("this must not print when imported")
