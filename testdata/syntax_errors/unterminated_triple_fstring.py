x = f"""abc
{x}
