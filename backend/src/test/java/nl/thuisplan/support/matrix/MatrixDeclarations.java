package nl.thuisplan.support.matrix;

/**
 * One feature's part of the role matrix: a bean in the feature's test package that declares a row of
 * {@link RoleMatrix} for each of the feature's routes (and makes the objects its recipes need).
 */
public interface MatrixDeclarations {

    void declare(RoleMatrix matrix);
}
