try:
    try:
        pass
    except A:
        try:
            pass
        finally:
            pass
    finally:
        pass
except* B:
    try:
        pass
    except* C:
        pass
