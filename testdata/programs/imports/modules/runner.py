def main():
    return "runner.main ran"

if __name__ == "__main__":
    print("this must not print on import")
