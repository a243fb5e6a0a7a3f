import modules.runner
print(__name__, modules.runner.__name__, modules.runner.main())
if __name__ == "__main__":
    print("main guard ran")
