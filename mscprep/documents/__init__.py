"""What is printed, as data (no reportlab): model.py defines sections and label contents;
one module per kind builds its documents. printing/ draws them; records keep them."""
